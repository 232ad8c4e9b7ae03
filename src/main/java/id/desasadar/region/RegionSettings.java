package id.desasadar.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code desa-sadar.regions.dataset}: which official list to load on start. */
@ConfigurationProperties("desa-sadar.regions")
record RegionSettings(@DefaultValue("jawa-tengah") RegionDataset dataset) {
}
