// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Dates (dct:issued, dct:modified, dcat:startDate, dcat:endDate) to xsd:date, xsd:dateTime,
 * xsd:gYear or xsd:gYearMonth, when the reading is certain:
 * <ul>
 * <li>ISO forms given as plain text, or with a space for the 'T', without seconds, or with an offset
 * without colon ("+0100");</li>
 * <li>year/month/day with '/' or '.';</li>
 * <li>day and month in either order ("22/11/2026", "11-22-2026") only when one of them is above 12
 * or both are equal; otherwise the reading is ambiguous and the value is kept and flagged;</li>
 * <li>RFC 1123 ("Sun, 22 Nov 2026 10:00:00 GMT") and epoch milliseconds (13 digits), in UTC.</li>
 * </ul>
 * Typed values that are valid are kept; anything else is kept and flagged.
 */
final class DateRule implements ValueRule {
    private static final Set<RDFDatatype> DATE_TYPES = Set.of(XSDDatatype.XSDdate, XSDDatatype.XSDdateTime,
            XSDDatatype.XSDdateTimeStamp, XSDDatatype.XSDgYear, XSDDatatype.XSDgYearMonth);
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YMD = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("^\\d{13}$");
    private static final Pattern RFC_1123 = Pattern.compile("^[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} .*");

    @Override
    public Outcome apply(Node value) {
        if (value.isBlank()) {
            return Outcome.keep();
        }
        if (value.isURI()) {
            return Outcome.unmapped("an IRI where a date belongs");
        }
        String lexical = value.getLiteralLexicalForm();
        RDFDatatype type = value.getLiteralDatatype();
        if (DATE_TYPES.contains(type) && type.isValid(lexical)) {
            return Outcome.keep();
        }
        String text = lexical.strip();
        try {
            return read(text);
        } catch (DateTimeException e) {
            return Outcome.unmapped("not a calendar date (" + e.getMessage() + ")");
        }
    }

    private static Outcome read(String text) {
        if (YEAR.matcher(text).matches()) {
            return typed(text, XSDDatatype.XSDgYear, "read as a year");
        }
        Matcher m = YEAR_MONTH.matcher(text);
        if (m.matches()) {
            YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return typed(text, XSDDatatype.XSDgYearMonth, "read as a year and month");
        }
        m = YMD.matcher(text);
        if (m.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return typed(date.toString(), XSDDatatype.XSDdate, "read as year/month/day");
        }
        m = DATE_TIME.matcher(text);
        if (m.matches()) {
            return dateTime(m);
        }
        m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            return dayMonth(m);
        }
        if (EPOCH_MILLIS.matcher(text).matches()) {
            Instant instant = Instant.ofEpochMilli(Long.parseLong(text));
            return typed(DateTimeFormatter.ISO_INSTANT.format(instant), XSDDatatype.XSDdateTime,
                    "read as epoch milliseconds, in UTC");
        }
        if (RFC_1123.matcher(text).matches()) {
            try {
                OffsetDateTime time = OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                return typed(time.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")),
                        XSDDatatype.XSDdateTime, "read as an RFC 1123 date");
            } catch (DateTimeParseException e) {
                return Outcome.unmapped("not a date in a form read with certainty");
            }
        }
        return Outcome.unmapped("not a date in a form read with certainty");
    }

    private static Outcome dateTime(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String fraction = m.group(7) == null ? "" : m.group(7);
        String zone = m.group(8) == null ? "" : m.group(8);
        if (zone.length() == 5) {
            zone = zone.substring(0, 3) + ":" + zone.substring(3);
        }
        String lexical = date + "T" + String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond())
                + fraction + zone;
        return typed(lexical, XSDDatatype.XSDdateTime, "read as an ISO date and time");
    }

    private static Outcome dayMonth(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        int day;
        int month;
        String order;
        if (first > 12 && second <= 12) {
            day = first;
            month = second;
            order = "read as day/month/year: the first number is above 12";
        } else if (second > 12 && first <= 12) {
            day = second;
            month = first;
            order = "read as month/day/year: the second number is above 12";
        } else if (first == second) {
            day = first;
            month = second;
            order = "day and month are equal";
        } else if (first > 12) {
            return Outcome.unmapped("neither " + first + " nor " + second + " is a month");
        } else {
            return Outcome.unmapped("day and month cannot be told apart (both 12 or less)");
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(5) == null) {
            return typed(date.toString(), XSDDatatype.XSDdate, order);
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
        return typed(date + "T" + String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond()),
                XSDDatatype.XSDdateTime, order);
    }

    private static Outcome typed(String lexical, XSDDatatype type, String basis) {
        if (!type.isValid(lexical)) {
            return Outcome.unmapped("not a valid " + type.getURI().replace(XSDDatatype.XSD + "#", "xsd:"));
        }
        return Outcome.replace(NodeFactory.createLiteralDT(lexical, type), basis);
    }
}
