package org.pmosuite.core.common;

import java.time.LocalDate;

/**
 * Port: what day it is for a person, in their own time zone. "Overdue" and "needs attention" are decided on the
 * viewer's today, so that a review due today is not overdue in Sydney while London still has it ahead.
 */
public interface ViewerCalendar {

    LocalDate today(Actor actor);
}
