package id.desasadar.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's own classes as bytecode: for each method, what it calls, what it constructs, which
 * {@code HttpStatus} constants it names and the string constant passed first to each constructor. Read once with
 * Spring's ASM, so that the document follows the code without a line of it repeated by hand.
 */
final class Bytecode {

	/** A method by its owner (internal name), name and descriptor. */
	record MethodRef(String owner, String name, String descriptor) {

		static MethodRef of(java.lang.reflect.Method method) {
			return new MethodRef(Type.getInternalName(method.getDeclaringClass()), method.getName(),
					Type.getMethodDescriptor(method));
		}
	}

	/** What one method's body does that matters here. */
	static final class MethodBody {
		final List<MethodRef> calls = new ArrayList<>();
		/** The classes it constructs, each with the first string constant given to the constructor (or null). */
		final Map<String, Set<String>> constructed = new HashMap<>();
		final Set<String> httpStatuses = new LinkedHashSet<>();
		/**
		 * The classes whose field a construction takes as its first argument ({@code new RuleViolationException(
		 * this.code, ...)} in {@code Eligibility.Violation}): the code comes from where those are constructed.
		 */
		final Map<String, Set<String>> firstFromFieldOf = new HashMap<>();
		/** The first string constant of the body: in a problem's constructor, the code it passes up. */
		String firstString;
	}

	/** A class: its super class, interfaces and method bodies. */
	record ClassFile(String name, String superName, List<String> interfaces, Map<String, MethodBody> methods) {
	}

	private static final String HTTP_STATUS = "org/springframework/http/HttpStatus";

	private final String root;
	private final Map<String, ClassFile> classes = new HashMap<>();
	private final Map<String, Set<String>> subtypes = new HashMap<>();

	/** Every class under the package {@code root} (internal form, such as {@code id/desasadar}). */
	Bytecode(String root, ClassLoader loader) {
		this.root = root + "/";
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(loader)
				.getResources("classpath*:" + this.root + "**/*.class");
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					ClassFile file = read(in.readAllBytes());
					classes.putIfAbsent(file.name(), file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		classes.values().forEach(file -> {
			if (file.superName() != null) {
				subtypes.computeIfAbsent(file.superName(), k -> new LinkedHashSet<>()).add(file.name());
			}
			file.interfaces().forEach(i -> subtypes.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(file.name()));
		});
	}

	boolean owns(String internalName) {
		return internalName.startsWith(root);
	}

	MethodBody body(MethodRef method) {
		ClassFile file = classes.get(method.owner());
		return file == null ? null : file.methods().get(method.name() + method.descriptor());
	}

	/** The class and all its super classes that are the application's own, nearest first. */
	List<ClassFile> lineage(String internalName) {
		List<ClassFile> lineage = new ArrayList<>();
		for (ClassFile file = classes.get(internalName); file != null; file = classes.get(file.superName())) {
			lineage.add(file);
		}
		return lineage;
	}

	/** Every class that extends or implements the given one, however far down. */
	Set<String> subtypesOf(String internalName) {
		Set<String> found = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(List.of(internalName));
		while (!todo.isEmpty()) {
			for (String sub : subtypes.getOrDefault(todo.remove(todo.size() - 1), Set.of())) {
				if (found.add(sub)) {
					todo.add(sub);
				}
			}
		}
		return found;
	}

	/** The first string constants given to every construction of the class anywhere in the application. */
	Set<String> constantsConstructing(String type) {
		Set<String> constants = new LinkedHashSet<>();
		classes.values().forEach(file -> file.methods().values()
			.forEach(body -> constants.addAll(body.constructed.getOrDefault(type, Set.of()))));
		return constants;
	}

	/** The bodies a call may run: the method as declared or inherited, and every override below it. */
	List<MethodRef> targets(MethodRef call) {
		List<MethodRef> targets = new ArrayList<>();
		for (ClassFile file : lineage(call.owner())) {
			if (file.methods().containsKey(call.name() + call.descriptor())) {
				targets.add(new MethodRef(file.name(), call.name(), call.descriptor()));
				break;
			}
		}
		if (!call.name().equals("<init>")) {
			for (String sub : subtypesOf(call.owner())) {
				ClassFile file = classes.get(sub);
				if (file.methods().containsKey(call.name() + call.descriptor())) {
					targets.add(new MethodRef(sub, call.name(), call.descriptor()));
				}
			}
		}
		return targets;
	}

	private static ClassFile read(byte[] bytes) {
		Map<String, MethodBody> methods = new HashMap<>();
		String[] header = new String[2];
		List<String> interfaces = new ArrayList<>();
		new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] implemented) {
				header[0] = name;
				header[1] = superName;
				interfaces.addAll(List.of(implemented == null ? new String[0] : implemented));
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
					String[] exceptions) {
				MethodBody body = new MethodBody();
				methods.put(name + descriptor, body);
				return new BodyReader(body);
			}
		}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		return new ClassFile(header[0], header[1], List.copyOf(interfaces), methods);
	}

	/**
	 * Records calls, constructions and status constants. A string constant pushed right after {@code NEW T; DUP}
	 * is the constructor's first argument: for a problem, its code ({@code new ConflictException("duplicate-nik",
	 * ...)}).
	 */
	private static final class BodyReader extends MethodVisitor {

		private static final int NONE = -1;
		private static final int AFTER_NEW = -2;

		private final MethodBody body;
		/** The classes being constructed (NEW seen, constructor not yet called), innermost last. */
		private final List<String> pending = new ArrayList<>();
		/** Where the next instruction would be a first constructor argument: an index into pending, or NONE. */
		private int awaiting = NONE;
		/** The construction awaiting its first argument has just loaded an object: a field of it may follow. */
		private int loaded = NONE;

		BodyReader(MethodBody body) {
			super(Opcodes.ASM9);
			this.body = body;
		}

		@Override
		public void visitTypeInsn(int opcode, String type) {
			awaiting = NONE;
			loaded = NONE;
			if (opcode == Opcodes.NEW) {
				pending.add(type);
				awaiting = AFTER_NEW;
			}
		}

		@Override
		public void visitInsn(int opcode) {
			loaded = NONE;
			awaiting = opcode == Opcodes.DUP && awaiting == AFTER_NEW ? pending.size() - 1 : NONE;
		}

		@Override
		public void visitLdcInsn(Object value) {
			loaded = NONE;
			if (value instanceof String text) {
				if (body.firstString == null) {
					body.firstString = text;
				}
				if (awaiting >= 0) {
					body.constructed.computeIfAbsent(pending.get(awaiting), k -> new LinkedHashSet<>()).add(text);
				}
			}
			awaiting = NONE;
		}

		@Override
		public void visitVarInsn(int opcode, int varIndex) {
			loaded = opcode == Opcodes.ALOAD ? awaiting : NONE;
			awaiting = NONE;
		}

		@Override
		public void visitIntInsn(int opcode, int operand) {
			awaiting = NONE;
			loaded = NONE;
		}

		@Override
		public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
			if (opcode == Opcodes.GETFIELD && loaded >= 0) {
				body.firstFromFieldOf.computeIfAbsent(pending.get(loaded), k -> new LinkedHashSet<>()).add(owner);
			}
			awaiting = NONE;
			loaded = NONE;
			if (opcode == Opcodes.GETSTATIC && owner.equals(HTTP_STATUS)) {
				body.httpStatuses.add(name);
			}
		}

		@Override
		public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
			awaiting = NONE;
			loaded = NONE;
			body.calls.add(new MethodRef(owner, name, descriptor));
			if (name.equals("<init>") && !pending.isEmpty() && pending.get(pending.size() - 1).equals(owner)) {
				body.constructed.computeIfAbsent(owner, k -> new LinkedHashSet<>());
				pending.remove(pending.size() - 1);
			}
		}

		@Override
		public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
			awaiting = NONE;
			loaded = NONE;
			// a lambda or method reference: its body runs where the call goes, so it counts as a call
			for (Object argument : arguments) {
				if (argument instanceof Handle handle) {
					body.calls.add(new MethodRef(handle.getOwner(), handle.getName(), handle.getDesc()));
				}
			}
		}
	}
}
