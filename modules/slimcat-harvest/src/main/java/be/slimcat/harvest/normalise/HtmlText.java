// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads text that portals put in plain fields as HTML: its links and its text without tags. */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HREF = Pattern.compile("(?i)href\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private HtmlText() {}

    /** Whether the text contains something that looks like an HTML tag. */
    static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** The targets of the {@code href} attributes, in order. */
    static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            links.add(unescape(m.group(1)).strip());
        }
        return links;
    }

    /** The text without tags, entities read and white space collapsed. */
    static String text(String html) {
        return unescape(TAG.matcher(html).replaceAll(" ")).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String unescape(String s) {
        Matcher m = NUMERIC.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
