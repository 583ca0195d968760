/** The skills catalogue plugin: digital-skills offers mapped to the DigComp 2.2 framework. */
package eu.hub.plugins.skills;
