package org.yiwang.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.identity.StaffMember;

@Service
class AccountIdentityDirectory implements IdentityDirectory {

    private final AccountRepository accounts;
    private final LoginService logins;

    AccountIdentityDirectory(AccountRepository accounts, LoginService logins) {
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public Optional<AccountPrincipal> principalOf(String login) {
        return logins.find(login).filter(Account::active).map(a -> new AccountPrincipal(a.id(), a.kind(),
                a.loginName(), a.displayName(), a.departmentId(), a.subordinateScope()));
    }

    @Override
    public Optional<String> idNumberIndexOf(long accountId) {
        return accounts.idNumberIndex(accountId);
    }

    @Override
    public Optional<StaffMember> staffMember(long accountId) {
        return accounts.byId(accountId).filter(AccountIdentityDirectory::activeStaff).map(this::member);
    }

    @Override
    public List<StaffMember> staffWithPermission(long departmentId, String permission) {
        return accounts.staff(Set.of(departmentId)).stream().filter(AccountIdentityDirectory::activeStaff)
                .map(this::member).filter(m -> m.permissions().contains(permission))
                .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    private static boolean activeStaff(Account a) {
        return a.active() && a.departmentId() != null && a.kind().needsSecondFactor();
    }

    private StaffMember member(Account a) {
        return new StaffMember(a.id(), a.displayName(), a.departmentId(), accounts.permissions(a.id()));
    }
}
