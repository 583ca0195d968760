/**
 * Themes: folders of Pebble templates, styles and UI strings. A theme may extend another and
 * override any single template; templates only ever see plain data.
 */
package eu.hub.theme;
