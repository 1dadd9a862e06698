package org.yiwang.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which days are working days: Monday to Friday, except public holidays, plus the weekend days the State
 * Council turns into working days (调休上班). Immutable; the organization module builds the current one from
 * the calendar administrators keep.
 *
 * <p>Deadlines count as the law counts periods: the day an act happens does not count (期间开始之日不计算在内),
 * so a period of {@code n} working days starting on {@code from} ends on the {@code n}-th working day after it.
 *
 * <p>Years without holiday data still compute, with weekends as the only days off. Such a result is
 * provisional: {@link #covers(int)} tells whether a year's holidays are known, so that a caller can warn or
 * refuse. A year counts as known once it has at least one holiday, as every real year does (元旦).
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> coveredYears;

    private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = holidays;
        this.workdays = workdays;
        this.coveredYears = holidays.stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param holidays days without work, whatever weekday they fall on
     * @param workdays weekend days that are working days
     * @throws IllegalArgumentException if a day is both
     */
    public static WorkingDayCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("both holiday and working day: " + both);
        }
        return new WorkingDayCalendar(Set.copyOf(holidays), Set.copyOf(workdays));
    }

    /** A calendar without any holiday data: Monday to Friday are working days. */
    public static WorkingDayCalendar weekendsOnly() {
        return of(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return workdays.contains(day) || !isWeekend(day);
    }

    /**
     * The day a period of {@code days} working days starting on {@code from} ends: the {@code days}-th
     * working day after {@code from}, which itself does not count. Zero days end on {@code from}.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}: the working days a period
     * starting on {@code from} has used by the end of {@code to}. It undoes {@link #addWorkingDays}:
     * {@code countWorkingDays(from, addWorkingDays(from, n)) == n}.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether this calendar knows the holidays of {@code year}. */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Whether this calendar knows the holidays of every year from {@code from} to {@code to}. */
    public boolean covers(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!covers(year)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
