// SPDX-License-Identifier: Apache-2.0
/**
 * The DCAT-US {@code data.json} dialect ({@code dcat-us}): the catalogue format of US federal
 * agencies (schema 1.1 and 3.0) that ArcGIS Hub serves for every hub at {@code {hub}/data.json}
 * and {@code {hub}/api/feed/dcat-us/1.1.json}. {@link be.slimcat.harvest.datajson.DataJsonClient}
 * reads the one document, streaming its {@code dataset} array;
 * {@link be.slimcat.harvest.datajson.DataJsonDatasetMapper} maps each dataset to DCAT-AP 3.
 */
package be.slimcat.harvest.datajson;
