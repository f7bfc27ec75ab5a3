package network.ddd.organisation;

import network.ddd.platform.NotFoundException;

public class OrganisationNotFoundException extends NotFoundException {
    public OrganisationNotFoundException(Object id) {
        super("error.organisation.notFound", String.valueOf(id));
    }
}
