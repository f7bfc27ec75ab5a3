package network.ddd.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorTest {

    @ParameterizedTest(name = "realm role \"{0}\" → {1}")
    @CsvSource({"designer, DESIGNER", "wholesaler, WHOLESALER", "supplier, SUPPLIER", "operator, OPERATOR"})
    void everyPlatformRoleIsARealmRoleOfTheSameName(String realmRole, Role role) {
        assertThat(Role.ofRealmRole(realmRole)).contains(role);
        assertThat(role.realmRole()).isEqualTo(realmRole);
    }

    @Test
    void theIdentityProvidersOwnRolesAreIgnored() {
        Actor actor = Actor.signedIn("sub-1", "김민지", "MinJi@Example.com",
                List.of("offline_access", "uma_authorization", "default-roles-ddd", "supplier", "Operator"));

        assertThat(actor.roles()).containsExactly(Role.SUPPLIER);
        assertThat(actor.isOperator()).isFalse();
        assertThat(actor.email()).isEqualTo("minji@example.com");
        assertThat(actor.isSignedIn()).isTrue();
    }

    @Test
    void anonymousHasNoSubjectAndNoRole() {
        assertThat(Actor.ANONYMOUS.isSignedIn()).isFalse();
        assertThat(Actor.ANONYMOUS.roles()).isEmpty();
        assertThat(Actor.ANONYMOUS.describe()).isEqualTo("anonymous");
        assertThatThrownBy(() -> new Actor(null, null, null, Set.of(Role.OPERATOR)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(" ", null, null, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
