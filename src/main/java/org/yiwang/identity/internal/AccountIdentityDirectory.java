package org.yiwang.identity.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yiwang.identity.IdentityDirectory;

@Service
class AccountIdentityDirectory implements IdentityDirectory {

    private final AccountRepository accounts;

    AccountIdentityDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> idNumberIndexOf(long accountId) {
        return accounts.idNumberIndex(accountId);
    }
}
