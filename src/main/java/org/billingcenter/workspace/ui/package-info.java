/** The account's workspaces: list for everyone of the account; bind, rename and unbind for its managers. */
package org.billingcenter.workspace.ui;
