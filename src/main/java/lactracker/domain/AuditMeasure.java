package lactracker.domain;

import java.util.List;

/**
 * Every figure of audit-sheet.md, in the sheet's order, with its stable id (scripts depend on it), its
 * label, whether it is a plain count or a ratio, and whether it is about the period's last day (what
 * cli.md's snapshot prints). The one place these are written.
 */
public enum AuditMeasure {
    LAC_AT_END("lac_at_end", "Children looked after at period end", Kind.COUNT, When.AT_PERIOD_END),
    LAC_AGE_UNDER1("lac_age_under1", "Looked after at period end: under 1", Kind.COUNT, When.AT_PERIOD_END),
    LAC_AGE_1_4("lac_age_1_4", "Looked after at period end: aged 1-4", Kind.COUNT, When.AT_PERIOD_END),
    LAC_AGE_5_9("lac_age_5_9", "Looked after at period end: aged 5-9", Kind.COUNT, When.AT_PERIOD_END),
    LAC_AGE_10_15("lac_age_10_15", "Looked after at period end: aged 10-15", Kind.COUNT, When.AT_PERIOD_END),
    LAC_AGE_16_PLUS("lac_age_16_plus", "Looked after at period end: aged 16 and over", Kind.COUNT, When.AT_PERIOD_END),
    LAC_OUT_OF_COUNTY("lac_out_of_county", "Placed out of county at period end", Kind.RATIO, When.AT_PERIOD_END),
    LAC_PLACEMENT_UNKNOWN("lac_placement_unknown", "Placement not known at period end", Kind.RATIO, When.AT_PERIOD_END),
    UASC_AT_END("uasc_at_end", "UASC looked after at period end", Kind.RATIO, When.AT_PERIOD_END),
    CARE_LEAVERS_AT_END("care_leavers_at_end", "Care leavers aged 18-25 at period end", Kind.COUNT, When.AT_PERIOD_END),
    IHA_REQUEST_TIMELY("iha_request_timely", "IHA requests received in time", Kind.RATIO, When.IN_PERIOD),
    IHA_ON_TIME("iha_on_time", "IHAs completed within 20 working days", Kind.RATIO, When.IN_PERIOD),
    IHA_ON_TIME_IN_COUNTY("iha_on_time_in_county", "IHAs completed within 20 working days: placed in county", Kind.RATIO, When.IN_PERIOD),
    IHA_ON_TIME_OUT_OF_COUNTY("iha_on_time_out_of_county", "IHAs completed within 20 working days: placed out of county", Kind.RATIO, When.IN_PERIOD),
    RHA_ON_TIME("rha_on_time", "RHAs completed by their due date", Kind.RATIO, When.IN_PERIOD),
    RHA_ON_TIME_IN_COUNTY("rha_on_time_in_county", "RHAs completed by their due date: placed in county", Kind.RATIO, When.IN_PERIOD),
    RHA_ON_TIME_OUT_OF_COUNTY("rha_on_time_out_of_county", "RHAs completed by their due date: placed out of county", Kind.RATIO, When.IN_PERIOD),
    IHA_OVERDUE_AT_END("iha_overdue_at_end", "IHAs overdue at period end", Kind.COUNT, When.AT_PERIOD_END),
    RHA_OVERDUE_AT_END("rha_overdue_at_end", "RHAs overdue at period end", Kind.COUNT, When.AT_PERIOD_END),
    HA_UP_TO_DATE("ha_up_to_date", "Health assessment in the last 12 months", Kind.RATIO, When.IN_PERIOD),
    IMMUNISATIONS_UP_TO_DATE("immunisations_up_to_date", "Immunisations up to date", Kind.RATIO, When.IN_PERIOD),
    DENTAL_CHECK_UP_TO_DATE("dental_check_up_to_date", "Dental check in the last 12 months", Kind.RATIO, When.IN_PERIOD),
    SDQ_RECORDED("sdq_recorded", "SDQ score recorded", Kind.RATIO, When.IN_PERIOD),
    DENTAL_CARIES_RECORDED("dental_caries_recorded", "RHAs that recorded a caries finding", Kind.RATIO, When.IN_PERIOD),
    DENTAL_CARIES_FOUND("dental_caries_found", "RHAs that found caries", Kind.RATIO, When.IN_PERIOD),
    DENTAL_CARIES_FOLLOWED_UP("dental_caries_followed_up", "Caries followed by a dental check or treatment", Kind.RATIO, When.IN_PERIOD),
    UASC_IHA_ON_TIME("uasc_iha_on_time", "UASC IHAs within 20 working days", Kind.RATIO, When.IN_PERIOD),
    UASC_REVIEW_COMPLETE("uasc_review_complete", "UASC health reviews complete", Kind.RATIO, When.IN_PERIOD),
    ESCALATIONS_OPEN_AT_END("escalations_open_at_end", "Out-of-county escalations open at period end", Kind.COUNT, When.AT_PERIOD_END),
    ESCALATIONS_OPEN_AT_END_LEVEL_1("escalations_open_at_end_level_1", "Escalations open at period end: level 1", Kind.COUNT, When.AT_PERIOD_END),
    ESCALATIONS_OPEN_AT_END_LEVEL_2("escalations_open_at_end_level_2", "Escalations open at period end: level 2", Kind.COUNT, When.AT_PERIOD_END),
    ESCALATIONS_OPEN_AT_END_LEVEL_3("escalations_open_at_end_level_3", "Escalations open at period end: level 3", Kind.COUNT, When.AT_PERIOD_END),
    ESCALATIONS_OPEN_AT_END_LEVEL_4("escalations_open_at_end_level_4", "Escalations open at period end: level 4", Kind.COUNT, When.AT_PERIOD_END),
    OUT_OF_AREA_PAYMENTS("out_of_area_payments", "Out-of-area assessments invoiced in the period", Kind.COUNT, When.IN_PERIOD),
    OUT_OF_AREA_PAYMENTS_VERIFIED("out_of_area_payments_verified", "Invoiced in the period: responsible commissioner verified", Kind.RATIO, When.IN_PERIOD),
    OUT_OF_AREA_PAYMENTS_PAID("out_of_area_payments_paid", "Invoiced in the period: paid", Kind.RATIO, When.IN_PERIOD),
    // Health needs (issue 24): the children looked after on the period's last day, and the care leavers
    NEEDS_SDQ_NORMAL("needs_sdq_normal", "SDQ normal (0-13): looked after aged 4-16", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_SDQ_BORDERLINE("needs_sdq_borderline", "SDQ borderline (14-16): looked after aged 4-16", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_SDQ_CONCERN("needs_sdq_concern", "SDQ a cause for concern (17-40): looked after aged 4-16", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_SDQ_NONE("needs_sdq_none", "No SDQ score in 12 months: looked after aged 4-16", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_IMMUNISATIONS_UP_TO_DATE("needs_immunisations_up_to_date", "Looked after: immunisations up to date", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_DENTAL_CHECK_UP_TO_DATE("needs_dental_check_up_to_date", "Looked after: dental check in the last 12 months", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_HEALTH_PASSPORT("needs_health_passport", "Looked after: health passport given", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_HEALTH_PASSPORT_IN_COUNTY("needs_health_passport_in_county", "Health passport given: placed in county", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_HEALTH_PASSPORT_OUT_OF_COUNTY("needs_health_passport_out_of_county", "Health passport given: placed out of county", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_REVIEW_RECORDED("needs_uasc_review_recorded", "UASC looked after: health review recorded", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_TB_DONE("needs_uasc_tb_done", "UASC screening, TB: done", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_TB_DECLINED("needs_uasc_tb_declined", "UASC screening, TB: declined", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_TB_NOT_INDICATED("needs_uasc_tb_not_indicated", "UASC screening, TB: not indicated", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_TB_PENDING("needs_uasc_tb_pending", "UASC screening, TB: pending", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_TB_NOT_RECORDED("needs_uasc_tb_not_recorded", "UASC screening, TB: not recorded", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_B_DONE("needs_uasc_hepatitis_b_done", "UASC screening, hepatitis B: done", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_B_DECLINED("needs_uasc_hepatitis_b_declined", "UASC screening, hepatitis B: declined", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_B_NOT_INDICATED("needs_uasc_hepatitis_b_not_indicated", "UASC screening, hepatitis B: not indicated", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_B_PENDING("needs_uasc_hepatitis_b_pending", "UASC screening, hepatitis B: pending", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_B_NOT_RECORDED("needs_uasc_hepatitis_b_not_recorded", "UASC screening, hepatitis B: not recorded", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_C_DONE("needs_uasc_hepatitis_c_done", "UASC screening, hepatitis C: done", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_C_DECLINED("needs_uasc_hepatitis_c_declined", "UASC screening, hepatitis C: declined", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_C_NOT_INDICATED("needs_uasc_hepatitis_c_not_indicated", "UASC screening, hepatitis C: not indicated", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_C_PENDING("needs_uasc_hepatitis_c_pending", "UASC screening, hepatitis C: pending", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HEPATITIS_C_NOT_RECORDED("needs_uasc_hepatitis_c_not_recorded", "UASC screening, hepatitis C: not recorded", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HIV_DONE("needs_uasc_hiv_done", "UASC screening, HIV: done", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HIV_DECLINED("needs_uasc_hiv_declined", "UASC screening, HIV: declined", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HIV_NOT_INDICATED("needs_uasc_hiv_not_indicated", "UASC screening, HIV: not indicated", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HIV_PENDING("needs_uasc_hiv_pending", "UASC screening, HIV: pending", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_HIV_NOT_RECORDED("needs_uasc_hiv_not_recorded", "UASC screening, HIV: not recorded", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_SYPHILIS_DONE("needs_uasc_syphilis_done", "UASC screening, syphilis: done", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_SYPHILIS_DECLINED("needs_uasc_syphilis_declined", "UASC screening, syphilis: declined", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_SYPHILIS_NOT_INDICATED("needs_uasc_syphilis_not_indicated", "UASC screening, syphilis: not indicated", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_SYPHILIS_PENDING("needs_uasc_syphilis_pending", "UASC screening, syphilis: pending", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_SYPHILIS_NOT_RECORDED("needs_uasc_syphilis_not_recorded", "UASC screening, syphilis: not recorded", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_MENTAL_HEALTH_SCREENED("needs_uasc_mental_health_screened", "UASC: emotional and mental health screening done", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_MENTAL_HEALTH_REFERRAL("needs_uasc_mental_health_referral", "UASC: referred for mental health support", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_UASC_FGM_RISK_CONSIDERED("needs_uasc_fgm_risk_considered", "UASC: FGM risk considered", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_CARE_LEAVER_SUMMARY_GIVEN("needs_care_leaver_summary_given", "Care leavers: health summary given", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS),
    NEEDS_CARE_LEAVER_HEALTH_PASSPORT("needs_care_leaver_health_passport", "Care leavers: health passport given", Kind.RATIO, When.AT_PERIOD_END, Section.HEALTH_NEEDS);

    /** A plain count (no denominator), or a numerator over a denominator. */
    public enum Kind { COUNT, RATIO }

    /** About the period's last day, or about the whole period. */
    public enum When { AT_PERIOD_END, IN_PERIOD }

    /** The quarterly audit's rows, or the health-needs picture's (the XLSX gives each its own sheet). */
    public enum Section { AUDIT, HEALTH_NEEDS }

    private final String id;
    private final String label;
    private final Kind kind;
    private final When when;
    private final Section section;

    AuditMeasure(String id, String label, Kind kind, When when) {
        this(id, label, kind, when, Section.AUDIT);
    }

    AuditMeasure(String id, String label, Kind kind, When when, Section section) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.when = when;
        this.section = section;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean count() {
        return kind == Kind.COUNT;
    }

    public boolean atPeriodEnd() {
        return when == When.AT_PERIOD_END;
    }

    public Section section() {
        return section;
    }

    private static final java.util.Map<String, AuditMeasure> BY_ID = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(AuditMeasure::id, m -> m));

    /** The measure of this id. */
    public static AuditMeasure byId(String id) {
        AuditMeasure m = BY_ID.get(id);
        if (m == null) {
            throw new java.util.NoSuchElementException("no audit row " + id);
        }
        return m;
    }

    /** The ids of the rows about the period's last day. */
    public static List<String> atPeriodEndIds() {
        return java.util.Arrays.stream(values()).filter(AuditMeasure::atPeriodEnd).map(AuditMeasure::id).toList();
    }
}
