// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A data file packaged with SlimCat from the repository's {@code ontologies/}, {@code shapes/} or
 * {@code data-samples/} directories (under {@code slimcat/} on the class path).
 *
 * @param path    the path below the bundled directory, with '/' separators (e.g. {@code schemes/domein.ttl})
 * @param content the bytes of the file
 */
public record BundledFile(String path, byte[] content) {

    /** The base IRI used to resolve relative IRIs in the file. */
    public String baseIri() {
        return "classpath:/slimcat/" + path;
    }

    /**
     * All files below {@code slimcat/{directory}} on the class path whose names end with {@code suffix},
     * sorted by path; works from a directory and from a jar.
     */
    public static List<BundledFile> list(String directory, String suffix) {
        String root = "slimcat/" + directory;
        URL url = BundledFile.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new ResourceNotFoundException("Nothing is bundled under " + root + " (a broken build?)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = openJar(uri)) {
                    return collect(fs.getPath("/" + root), suffix);
                }
            }
            return collect(Path.of(uri), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled files under " + root, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unusable class-path URL " + url, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another caller has it open; make a private one from the jar file itself.
            String jar = uri.getSchemeSpecificPart();
            Path jarPath = Path.of(URI.create(jar.substring(0, jar.indexOf("!/"))));
            return FileSystems.newFileSystem(jarPath);
        }
    }

    private static List<BundledFile> collect(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .map(p -> new BundledFile(dir.relativize(p).toString().replace('\\', '/'), readAll(p)))
                    .toList();
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled file " + file, e);
        }
    }
}
