package eu.hub.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves pages and the API from the root of the site. */
@ApplicationPath("")
public class HubApplication extends Application {}
