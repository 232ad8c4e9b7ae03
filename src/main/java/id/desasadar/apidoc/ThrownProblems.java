package id.desasadar.apidoc;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.desasadar.support.ProblemException;

import org.springframework.asm.Type;
import org.springframework.http.HttpStatus;

/**
 * The problems a controller method can answer, found in the bytecode: every {@link ProblemException} that the
 * method or anything it may call in the application constructs, with its status (the {@code HttpStatus} its
 * constructor names) and its code where the code is a constant. It over-approximates (a call through an
 * interface may run any implementation), which is the safe side for a document: a client is told of an answer it
 * may never get rather than surprised by one it was not told of.
 */
final class ThrownProblems {

	private static final String PROBLEM = Type.getInternalName(ProblemException.class);

	private final Bytecode bytecode;

	ThrownProblems(Bytecode bytecode) {
		this.bytecode = bytecode;
	}

	/** Each status the method can answer with a problem, with the codes known for it (sorted). */
	Map<HttpStatus, Set<String>> of(Method method) {
		Map<HttpStatus, Set<String>> found = new TreeMap<>();
		Deque<Bytecode.MethodRef> todo = new ArrayDeque<>();
		Set<Bytecode.MethodRef> seen = new HashSet<>();
		todo.add(Bytecode.MethodRef.of(method));
		while (!todo.isEmpty()) {
			Bytecode.MethodRef current = todo.poll();
			if (!seen.add(current)) {
				continue;
			}
			Bytecode.MethodBody body = bytecode.body(current);
			if (body == null) {
				continue;
			}
			body.constructed.forEach((type, constants) -> {
				HttpStatus status = statusOf(type);
				if (status != null) {
					Set<String> codes = found.computeIfAbsent(status, k -> new TreeSet<>());
					String fixed = fixedCode(type);
					if (fixed != null) {
						codes.add(fixed);
					}
					else {
						codes.addAll(constants);
						body.firstFromFieldOf.getOrDefault(type, Set.of())
							.forEach(source -> codes.addAll(bytecode.constantsConstructing(source)));
					}
				}
			});
			for (Bytecode.MethodRef call : body.calls) {
				if (bytecode.owns(call.owner())) {
					todo.addAll(bytecode.targets(call));
				}
			}
		}
		return found;
	}

	/** The status a problem class's constructor names, or null for a class that is no problem. */
	HttpStatus statusOf(String type) {
		boolean problem = false;
		HttpStatus status = null;
		for (Bytecode.ClassFile file : bytecode.lineage(type)) {
			if (file.name().equals(PROBLEM)) {
				problem = true;
				break;
			}
			for (Map.Entry<String, Bytecode.MethodBody> method : file.methods().entrySet()) {
				if (status == null && method.getKey().startsWith("<init>") && !method.getValue().httpStatuses.isEmpty()) {
					status = HttpStatus.valueOf(method.getValue().httpStatuses.iterator().next());
				}
			}
		}
		return problem ? status : null;
	}

	/**
	 * The code a problem class fixes itself ({@code NotFoundException}: {@code not-found}), or null where each caller
	 * names it ({@code new ConflictException("duplicate-nik", ...)}). The class nearest {@link ProblemException} that
	 * passes a constant up decides: {@code UnreadableFile} passes the field {@code file} to {@code InvalidInputException},
	 * whose code stays {@code invalid-input}.
	 */
	private String fixedCode(String type) {
		List<Bytecode.ClassFile> lineage = new ArrayList<>(bytecode.lineage(type));
		Collections.reverse(lineage);
		for (Bytecode.ClassFile file : lineage) {
			if (file.name().equals(PROBLEM)) {
				continue;
			}
			for (Map.Entry<String, Bytecode.MethodBody> method : file.methods().entrySet()) {
				if (method.getKey().startsWith("<init>") && method.getValue().firstString != null) {
					return method.getValue().firstString;
				}
			}
		}
		return null;
	}
}
