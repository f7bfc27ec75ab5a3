package network.ddd.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the real WAR as built ({@code web/target/ddd.war}), with the
 * domain and search-indexer jars inside, exactly what {@code ./ddd up} runs. Tests drive it from outside.
 */
public final class DddDeployment {
    private DddDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("ddd.war", "target/ddd.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
