package eu.hub.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Editors' accounts and the audit log, in the database. Emails are kept lower-cased. */
@ApplicationScoped
@Transactional
public class UserStore {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  /** The canonical form of an email address: trimmed and lower-cased. */
  public static String normalEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  public Optional<HubUser> byEmail(String email) {
    return em.createQuery("select u from HubUser u where u.email = :email", HubUser.class)
        .setParameter("email", normalEmail(email))
        .getResultStream()
        .findFirst();
  }

  public List<HubUser> all() {
    return em.createQuery("select u from HubUser u order by u.email", HubUser.class)
        .getResultList();
  }

  /** Creates an account; the caller has checked the password rules and hashed the password. */
  public HubUser create(
      String email, String displayName, String passwordHash, Set<Role> roles, String partnerSlug) {
    HubUser user =
        new HubUser(normalEmail(email), displayName, passwordHash, roles, partnerSlug, now());
    em.persist(user);
    em.flush();
    return user;
  }

  /** Counts a failed sign-in; returns the account's lock end if this failure locked it. */
  public Optional<OffsetDateTime> recordFailure(String email) {
    Optional<HubUser> found = lockedForUpdate(email);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    HubUser user = found.get();
    Throttle.State after =
        Throttle.afterFailure(new Throttle.State(user.failedAttempts(), user.lockedUntil()), now());
    user.throttle(after);
    return Optional.ofNullable(after.lockedUntil());
  }

  public void recordSuccess(String email) {
    lockedForUpdate(email).ifPresent(u -> u.throttle(Throttle.afterSuccess()));
  }

  /**
   * Sets an account's time zone (an IANA name the caller has checked, or null for the site's
   * default); false when there is no such account.
   */
  public boolean setTimeZone(String email, String zone) {
    Optional<HubUser> found = lockedForUpdate(email);
    found.ifPresent(u -> u.timeZone(zone));
    return found.isPresent();
  }

  /**
   * Links the account to the OpenID provider's person unless it is linked already (the row is
   * locked, so two first sign-ins at once cannot both link); answers whether the account is now
   * linked to exactly this person.
   */
  public boolean linkOidc(String email, String issuer, String subject) {
    Optional<HubUser> found = lockedForUpdate(email);
    if (found.isEmpty()) {
      return false;
    }
    HubUser user = found.get();
    if (user.oidcSubject() == null) {
      user.linkOidc(issuer, subject);
      return true;
    }
    return issuer.equals(user.oidcIssuer()) && subject.equals(user.oidcSubject());
  }

  /** Forgets the account's OpenID link; answers false when there is no such account. */
  public boolean unlinkOidc(String email) {
    Optional<HubUser> found = lockedForUpdate(email);
    found.ifPresent(u -> u.linkOidc(null, null));
    return found.isPresent();
  }

  /** Writes one line of the audit log. */
  public void audit(String actor, String action, String target, String detail) {
    em.persist(new AuditEntry(now(), actor, action, target, detail));
  }

  public List<AuditEntry> recentAudit(int max) {
    return em.createQuery(
            "select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }

  private Optional<HubUser> lockedForUpdate(String email) {
    return em.createQuery("select u from HubUser u where u.email = :email", HubUser.class)
        .setParameter("email", normalEmail(email))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
