/**
 * What a site costs a month: a price table shipped with the tool (or a newer one the user
 * supplies), and the estimate per component with the Spot share and the all-On-Demand figure.
 */
package dev.moodleaws.core.cost;
