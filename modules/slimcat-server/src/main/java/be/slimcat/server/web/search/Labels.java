// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.Map;

/** Picks the label to show: in the page language, else without language, else Dutch, else English, else the fallback. */
final class Labels {
    private Labels() {}

    static String pick(Map<String, String> byLanguage, String language, String fallback) {
        for (String tag : new String[] {language, "", "nl", "en"}) {
            String label = byLanguage.get(tag);
            if (label != null) {
                return label;
            }
        }
        return byLanguage.isEmpty() ? fallback : byLanguage.values().iterator().next();
    }
}
