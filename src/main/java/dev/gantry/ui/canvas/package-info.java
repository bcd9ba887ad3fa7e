/** The canvas adapter: the diagram sent to the TypeScript canvas and the canvas events coming back. Internal to ui. */
@NullMarked
package dev.gantry.ui.canvas;

import org.jspecify.annotations.NullMarked;
