package id.desasadar.village;

/** api.md: {@code {declaredOn, agreementNumber}}. */
public record DesignationRequest(String declaredOn, String agreementNumber) {
}
