// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

/**
 * A harvest source as an operator configured it in a sources file.
 *
 * @param source   what to harvest
 * @param schedule when to harvest it ("02:30" or a cron expression), or null
 * @param enabled  false for a source that is only harvested when named explicitly
 */
public record ConfiguredSource(HarvestSource source, String schedule, boolean enabled) {}
