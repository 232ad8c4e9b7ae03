package id.desasadar.contribution;

import java.util.Map;

/**
 * A section of the rules page ({@code /rules}) kept by the module that owns its rules: the contribution rules
 * here, the agents' fee schemes in the agent module. Its rows and forms are drawn by the fragment
 * {@code section} of the template {@code rules/<name>.html}; its forms post to {@code /rules/<name>} and
 * {@code /rules/<name>/{id}/end}, its API is {@code /api/v1/rules/<name>}.
 */
public interface RuleSection {

	/** The section's name in addresses and templates, e.g. {@code rates}. */
	String name();

	/** Where it comes on the page, lowest first. */
	int order();

	/** What its fragment shows, its rows under {@code rows}. */
	Map<String, Object> data();

	/** The add form, blank. */
	Object blankForm();
}
