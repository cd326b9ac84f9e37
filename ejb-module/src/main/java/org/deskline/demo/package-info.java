/** Demo data for the run command (DESK_DEMO=true). Never active unless asked for. */
package org.deskline.demo;
