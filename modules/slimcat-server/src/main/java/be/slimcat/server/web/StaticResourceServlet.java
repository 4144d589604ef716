// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from a classpath folder (the pages' style sheet and scripts, a WebJar's build) under a
 * path prefix; anything else, and any path with {@code ..}, is a 404.
 */
public final class StaticResourceServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css", "js", "text/javascript", "svg", "image/svg+xml", "png", "image/png",
            "map", "application/json", "json", "application/json", "html", "text/html", "woff2", "font/woff2",
            "ico", "image/x-icon");

    private final String folder;

    /** Serves the classpath folder, e.g. {@code be/slimcat/server/web/static}. */
    public StaticResourceServlet(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo();
        if (file == null || file.contains("..") || file.endsWith("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + file.substring(1))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = file.substring(file.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            if (extension.equals("css") || extension.equals("js") || extension.equals("json")) {
                response.setCharacterEncoding("UTF-8");
            }
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
