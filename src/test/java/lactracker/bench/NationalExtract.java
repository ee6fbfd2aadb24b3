package lactracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import lactracker.campaign.ImportKillCampaign;

/**
 * Writes a 903 extract (header and episodes) of invented children for the benchmarks, always the same for
 * a size. Arguments: the folder, the number of children.
 */
public final class NationalExtract {
    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int episodes = ImportKillCampaign.writeExtract(folder, "N", Integer.parseInt(args[1]), new Random(42));
        System.out.println(episodes + " episodes written to " + folder);
    }
}
