package network.ddd.web.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** Makes the application's datasource injectable ({@code @Inject DataSource}) for the domain's services. */
@ApplicationScoped
public class DataSources {
    @Produces
    @Resource(lookup = "java:app/jdbc/ddd")
    DataSource dataSource;
}
