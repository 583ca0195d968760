package eu.hub.web;

/** A label and where it leads; {@code url} is null when there is nowhere to go. */
public record Link(String label, String url) {}
