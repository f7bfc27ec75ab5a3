package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void onlyOurRolesAreTakenFromATokensGroupsInAFixedOrder() {
        List<String> groups = List.of("offline_access", "operator", "default-roles-ddd", "designer");

        assertThat(Role.among(groups)).containsExactly(Role.DESIGNER, Role.OPERATOR);
    }

    @Test
    void claimNamesAreTheRealmRoleNames() {
        assertThat(Role.ofClaim("supplier")).contains(Role.SUPPLIER);
        assertThat(Role.ofClaim("Supplier")).isEmpty();
        assertThat(Role.WHOLESALER.claimName()).isEqualTo("wholesaler");
    }
}
