package network.ddd.organisation;

import network.ddd.platform.NotFoundException;

/** The organisation has no member with that subject. */
public class MemberNotFoundException extends NotFoundException {
    public MemberNotFoundException(String subject) {
        super("error.member.notFound", subject);
    }
}
