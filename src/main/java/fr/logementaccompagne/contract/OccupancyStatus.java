package fr.logementaccompagne.contract;

/** Contract statuses a household moves through in the same dwelling, and who holds the contract in each. */
public enum OccupancyStatus {
  /** Hébergement: the association is the tenant, the household its sub-tenant. */
  HOSTING(Holder.PARTNER),
  /** Bail glissant: sub-let that slides to the household after evaluation. */
  SLIDING_LEASE(Holder.PARTNER),
  /** Accès direct: the household is the titular tenant. */
  DIRECT_LEASE(Holder.HOUSEHOLD);

  public enum Holder { PARTNER, HOUSEHOLD }

  private final Holder holder;

  OccupancyStatus(Holder holder) {
    this.holder = holder;
  }

  public Holder holder() {
    return holder;
  }

  /** The status a household slides to; a direct lease is the last one. */
  public OccupancyStatus next() {
    if (this == DIRECT_LEASE) {
      throw new IllegalStateException("Un accès direct n'a pas de statut suivant");
    }
    return values()[ordinal() + 1];
  }
}
