package id.desasadar.agent;

import java.time.YearMonth;
import java.util.List;

/** {@code GET /api/v1/dashboard/staff}: what each staff member registered and recorded in a region in a month. */
record StaffReport(AgentReport.RegionRef region, YearMonth month, List<AgentFigures.StaffMonth> staff) {
}
