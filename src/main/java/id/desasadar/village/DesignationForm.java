package id.desasadar.village;

/** The designation form of the village page: {@code declaredOn} (ISO date) and {@code agreementNumber}. */
record DesignationForm(String declaredOn, String agreementNumber) {

	DesignationRequest toRequest() {
		return new DesignationRequest(declaredOn, agreementNumber);
	}
}
