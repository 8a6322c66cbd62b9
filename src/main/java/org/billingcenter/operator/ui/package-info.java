/** The operator console's screen. */
package org.billingcenter.operator.ui;
