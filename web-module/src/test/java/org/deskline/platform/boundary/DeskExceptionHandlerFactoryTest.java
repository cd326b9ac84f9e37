package org.deskline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.deskline.platform.DeskException;
import org.junit.jupiter.api.Test;

/** The console's one exception handler finds the refusal however Faces and EL wrapped it, and nothing else. */
class DeskExceptionHandlerFactoryTest {

    @Test
    void a_refusal_is_found_under_the_wrappers_of_faces_and_el() {
        DeskException refused = DeskException.invalid("title", "T2", "Say what is wrong.");
        assertSame(refused, DeskExceptionHandlerFactory.Handler.refusal(
                new FacesException(new ELException("action", refused))));
        assertSame(refused, DeskExceptionHandlerFactory.Handler.refusal(refused));
    }

    @Test
    void any_other_failure_is_left_to_the_default_handler() {
        assertNull(DeskExceptionHandlerFactory.Handler.refusal(new FacesException(new IllegalStateException("x"))));
        assertNull(DeskExceptionHandlerFactory.Handler.refusal(null));
    }
}
