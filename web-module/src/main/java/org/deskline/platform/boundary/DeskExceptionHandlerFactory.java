package org.deskline.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import org.deskline.platform.DeskException;

/**
 * The console's one place that turns a refused action into a message (issue 17): a {@link DeskException} thrown by
 * an action, a listener or a view action becomes a Faces message naming field and rule ({@link FacesErrors}), and
 * the same page is shown again, exactly as an action that returned null. Anything else goes to the default handler.
 * Registered in faces-config.xml.
 */
public class DeskExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DeskExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            boolean shown = false;
            if (context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                     events.hasNext(); ) {
                    DeskException refused = refusal(events.next().getContext().getException());
                    if (refused != null) {
                        events.remove();
                        FacesErrors.show(refused);
                        shown = true;
                    }
                }
            }
            if (shown) {
                context.renderResponse();
            }
            getWrapped().handle();
        }

        /** The DeskException in the cause chain (Faces wraps it in FacesException or ELException), or null. */
        static DeskException refusal(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof DeskException desk) {
                    return desk;
                }
            }
            return null;
        }
    }
}
