package fr.logementaccompagne.process;

/** Coordinator's decision on {@code Task_CoordinateOverlap}, in both pathways. */
public enum OverlapDecision { CONTINUE, STOP }
