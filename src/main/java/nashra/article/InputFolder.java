package nashra.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of an input folder, sub-folders included, in a stable order (by path inside the
 * folder). Every entry that is not a folder is listed, so that nothing is passed over without a
 * record: a named pipe, a socket, a broken link or a link to a folder comes with the problem
 * that makes it no article (it is never opened: reading a pipe would block the run), and so does
 * a sub-folder that cannot be listed.
 */
final class InputFolder {

    /** @param problem why this entry cannot be read, or null for a file (or a link to one) */
    record Entry(Path file, String problem) {
    }

    private InputFolder() {
    }

    static Entry entry(Path file) {
        return new Entry(file, problem(file));
    }

    static List<Entry> list(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entries.add(entry(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (file.equals(folder)) {
                        throw new UncheckedIOException("cannot list " + folder, e);
                    }
                    entries.add(new Entry(file, "cannot be listed: " + e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        entries.sort(Comparator.comparing(e -> folder.relativize(e.file()).toString().replace('\\', '/')));
        return entries;
    }

    private static String problem(Path file) {
        if (Files.isSymbolicLink(file)) {
            if (!Files.exists(file)) {
                return "a broken link to " + target(file);
            }
            if (Files.isDirectory(file)) {
                return "a link to a folder (" + target(file) + "); links to folders are not followed";
            }
        }
        if (Files.isRegularFile(file) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null; // a file, or one that vanished since it was listed: reading it will say so
        }
        return Files.isDirectory(file) ? "a folder that cannot be listed" : "a named pipe, socket or device";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }
}
