/**
 * Workspaces: the places a billing account's usage comes from, each in one site (region) of the
 * tenant. A workspace is bound, renamed and unbound with its history kept, carries the retention
 * choice its prices depend on, and settles through the wallet or a cloud account, with the method
 * in force on each day kept as dated history. Arrears lock an account's workspaces; locked ones
 * stay readable but accept no usage.
 */
package org.billingcenter.workspace;
