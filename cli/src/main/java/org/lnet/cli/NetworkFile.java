package org.lnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;

/**
 * Network files ({@code .lnet}): the bytes of the node layer's {@link NetworkCodec}, the same bytes the KNIME host
 * stores for a network port, so one file carries everything a node passes along a network connection (U and V or an
 * implicit-width frame, the width, the input and target column names, the provenance) and reads back exactly.
 * A pair of U, V CSV files could not hold an implicit-width network or the column names; Network to Table and Table
 * to Network convert between the two.
 */
final class NetworkFile {

    private NetworkFile() {
    }

    static NetworkPortObject read(Path file, String option) {
        try (InputStream in = Files.newInputStream(file)) {
            return NetworkCodec.read(in);
        } catch (NetworkCodec.CorruptNetworkDataException e) {
            throw new InvalidInputException(option, "File " + file + " (--" + option + ") is not a network file "
                + "written by lnet: " + e.getMessage() + " Write networks with a command's --out-... network option.");
        } catch (IOException e) {
            throw new InvalidInputException(option, "File " + file + " (--" + option + ") cannot be read: "
                + IoReason.of(e) + ".");
        }
    }

    static byte[] bytes(NetworkPortObject network) {
        return NetworkCodec.toBytes(network);
    }
}
