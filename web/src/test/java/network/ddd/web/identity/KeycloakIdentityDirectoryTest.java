package network.ddd.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import network.ddd.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API calls, against a stand-in Keycloak on a free loopback port. */
class KeycloakIdentityDirectoryTest {
    HttpServer keycloak;
    final List<String> calls = new ArrayList<>();
    String users = "[]";
    KeycloakIdentityDirectory directory;

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/", this::answer);
        keycloak.start();
        directory = new KeycloakIdentityDirectory("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/ddd",
                "ddd-web", "s3cret", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(call + (body.isEmpty() ? "" : " " + body));
        int status = 200;
        String reply = "";
        if (call.startsWith("POST /realms/ddd/protocol/openid-connect/token")) {
            reply = "{\"access_token\":\"admin-token\",\"expires_in\":300}";
        } else if (call.startsWith("GET /admin/realms/ddd/users?")) {
            reply = users;
        } else if (call.equals("POST /admin/realms/ddd/users")) {
            status = 201;
            exchange.getResponseHeaders().add("Location", "http://kc/admin/realms/ddd/users/new-sub");
        } else if (call.endsWith("/execute-actions-email")) {
            status = 500;
            reply = "{\"errorMessage\":\"Failed to send execute actions email\"}";
        } else if (call.equals("GET /admin/realms/ddd/roles/supplier")) {
            reply = "{\"id\":\"r1\",\"name\":\"supplier\"}";
        } else if (call.endsWith("/role-mappings/realm")) {
            status = 204;
        } else {
            status = 404;
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void aNewAddressGetsAnAccountEvenWithoutAMailServer() {
        String subject = directory.ensureUser("New.Owner@Example.com ", "김사장");

        assertThat(subject).isEqualTo("new-sub");
        assertThat(calls).anyMatch(c -> c.startsWith("POST /realms/ddd/protocol/openid-connect/token")
                && c.contains("grant_type=client_credentials") && c.contains("client_id=ddd-web"));
        assertThat(calls).anyMatch(c -> c.startsWith("POST /admin/realms/ddd/users {")
                && c.contains("\"email\":\"new.owner@example.com\"") && c.contains("\"firstName\":\"김사장\""));
        assertThat(calls).anyMatch(c -> c.startsWith("PUT /admin/realms/ddd/users/new-sub/execute-actions-email"));
    }

    @Test
    void anExistingAddressKeepsItsAccount() {
        users = "[{\"id\":\"old-sub\",\"email\":\"owner@example.com\"}]";

        assertThat(directory.ensureUser("owner@example.com", "x")).isEqualTo("old-sub");
        assertThat(directory.findUser("OWNER@example.com")).contains("old-sub");
        assertThat(calls).noneMatch(c -> c.startsWith("POST /admin/realms/ddd/users"));
    }

    @Test
    void aRoleIsGrantedAsTheRealmRole() {
        directory.assignRole("sub-1", Role.SUPPLIER);

        assertThat(calls).contains("POST /admin/realms/ddd/users/sub-1/role-mappings/realm [{\"id\":\"r1\",\"name\":\"supplier\"}]");
    }

    @Test
    void oneServiceAccountTokenServesSeveralCalls() {
        directory.findUser("a@example.com");
        directory.findUser("b@example.com");

        assertThat(calls).filteredOn(c -> c.contains("openid-connect/token")).hasSize(1);
    }
}
