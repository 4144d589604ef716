// SPDX-License-Identifier: Apache-2.0
/**
 * Tim Berners-Lee's five-star rating of distributions and datasets, with a reason in Dutch and English
 * for every star ({@link be.slimcat.quality.stars.FiveStarRule}).
 *
 * @see <a href="https://5stardata.info/en/">5 ★ Open Data</a>
 */
package be.slimcat.quality.stars;
