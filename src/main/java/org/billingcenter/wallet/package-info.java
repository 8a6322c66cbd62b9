/**
 * Money held for a billing account. Every movement is one balanced journal transaction (its
 * entries sum to zero) written in the same database transaction as the cached balance, which
 * only ever moves by an atomic {@code balance = balance + ?} update, never read-modify-write.
 */
package org.billingcenter.wallet;
