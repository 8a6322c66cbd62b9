/**
 * People and the billing accounts they act for: sign-up, profile, password, and each user's
 * membership and role in an account. Credentials are checked by the security feature through
 * {@link org.billingcenter.account.AccountService#findSignIn(String)}.
 */
package org.billingcenter.account;
