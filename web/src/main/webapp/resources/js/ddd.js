// Small progressive enhancements; every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
    // Filters start folded on phones (results first) and open on wide screens.
    var filters = document.getElementById('filters');
    if (filters && window.matchMedia('(min-width: 800px)').matches) {
        filters.open = true;
    }
});
