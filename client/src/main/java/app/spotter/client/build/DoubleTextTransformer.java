package app.spotter.client.build;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * A step of the TeaVM compile (client/pom.xml names it), not part of the bundle: every double written as text in
 * the browser (Double.toString, string concatenation, StringBuilder.append) goes through
 * {@link app.spotter.text.DecimalText}, the same text, instead of TeaVM's digit search and its table of 64-bit
 * powers of ten (11 KB of each gzipped bundle). The one place it is done is StringBuilder's insert of a double.
 */
public final class DoubleTextTransformer implements ClassHolderTransformer {
    private static final String BUILDER = "java.lang.AbstractStringBuilder";
    private static final ValueType BUILDER_TYPE = ValueType.object(BUILDER);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(BUILDER)) {
            return;
        }
        MethodHolder insert = cls.getMethod(new MethodDescriptor("insert", ValueType.INTEGER, ValueType.DOUBLE,
                BUILDER_TYPE));
        if (insert == null) {
            throw new IllegalStateException("TeaVM's " + BUILDER + " no longer has insert(int, double)");
        }
        ProgramEmitter pe = ProgramEmitter.create(insert, context.getHierarchy());
        Program program = pe.getProgram();
        ValueEmitter self = pe.var(program.variableAt(0), BUILDER_TYPE);
        ValueEmitter index = pe.var(program.variableAt(1), ValueType.INTEGER);
        ValueEmitter value = pe.var(program.variableAt(2), ValueType.DOUBLE);
        ValueEmitter text = pe.invoke("app.spotter.text.DecimalText", "of", ValueType.object("java.lang.String"),
                value);
        self.invokeSpecial("insert", BUILDER_TYPE, index, text).returnValue();
    }
}
