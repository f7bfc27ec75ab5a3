// Small progressive enhancements; every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
    // Filters start folded on phones (results first) and open on wide screens.
    var filters = document.getElementById('filters');
    if (filters && window.matchMedia('(min-width: 800px)').matches) {
        filters.open = true;
    }
    setUpSuggestions(document.getElementById('q'), document.getElementById('suggestions'));
    // The profile's "back" link goes to the start page; with a page to return to, it returns to it (the search
    // with its filters). No inline handlers anywhere: the Content-Security-Policy runs no inline script.
    var back = document.getElementById('back');
    if (back && history.length > 1 && document.referrer.indexOf(location.origin + '/') === 0) {
        back.addEventListener('click', function (e) {
            e.preventDefault();
            history.back();
        });
    }
    // The invitation link to copy: focusing it selects it all.
    document.querySelectorAll('input.invite-link').forEach(function (link) {
        link.addEventListener('focus', function () {
            link.select();
        });
    });
});

// Autocomplete: names as you type, also by Hangul initials (ㅇㅅ → 염색…). Arrow keys and Enter work.
function setUpSuggestions(input, list) {
    if (!input || !list || !window.fetch) {
        return;
    }
    var timer = null, active = -1, lastAsked = '';
    function close() {
        list.hidden = true;
        list.innerHTML = '';
        active = -1;
        input.setAttribute('aria-expanded', 'false');
    }
    function show(items) {
        list.innerHTML = '';
        items.forEach(function (s, i) {
            var li = document.createElement('li');
            li.setAttribute('role', 'option');
            var a = document.createElement('a');
            a.href = input.dataset.profileUrl + s.id;
            a.id = 'suggestion-' + i;
            a.textContent = s.nameKo || s.nameEn;
            var sub = document.createElement('span');
            sub.className = 'sub';
            sub.textContent = [s.type ? s.type.label : '', s.district || ''].join(' ').trim();
            a.appendChild(sub);
            li.appendChild(a);
            list.appendChild(li);
        });
        list.hidden = items.length === 0;
        input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }
    input.addEventListener('input', function () {
        clearTimeout(timer);
        var typed = input.value.trim();
        if (!typed) {
            close();
            return;
        }
        timer = setTimeout(function () {
            lastAsked = typed;
            fetch(input.dataset.suggestUrl + '?q=' + encodeURIComponent(typed), {headers: {'Accept': 'application/json'}})
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (items) { if (lastAsked === typed) { show(items); } })
                .catch(close);
        }, 120);
    });
    input.addEventListener('keydown', function (e) {
        var links = list.querySelectorAll('a');
        if (list.hidden || !links.length) {
            return;
        }
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (active >= 0) { links[active].classList.remove('active'); }
            active = (active + (e.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length;
            links[active].classList.add('active');
        } else if (e.key === 'Enter' && active >= 0) {
            e.preventDefault();
            window.location.href = links[active].href;
        } else if (e.key === 'Escape') {
            close();
        }
    });
    document.addEventListener('click', function (e) {
        if (e.target !== input && !list.contains(e.target)) {
            close();
        }
    });
}
