package dev.gantry.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The icons Gantry shows, as symbols of one small sprite ({@code icons/gantry-icons.svg}, drawn from Vaadin Icons)
 * that the browser fetches once. Vaadin's own {@code Icon} would put the whole set of 600 icons into the page's
 * scripts: 240 KB of every page's 1.5 MB, parsed on each first visit.
 */
enum GantryIcon {
    ARROW_BACKWARD,
    ARROW_DOWN,
    ARROW_FORWARD,
    ARROW_UP,
    CLOSE_SMALL,
    DOWNLOAD,
    EDIT,
    PLAY,
    PLUS,
    SEARCH,
    SIGN_OUT,
    TIME_BACKWARD,
    TRASH,
    UPLOAD;

    private static final String SPRITE = "icons/gantry-icons.svg";

    SvgIcon create() {
        return new SvgIcon(SPRITE, name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
