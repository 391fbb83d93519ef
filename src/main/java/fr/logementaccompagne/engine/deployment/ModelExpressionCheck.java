package fr.logementaccompagne.engine.deployment;

import java.util.Optional;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads an expression of a model as the engine will and says, in French, what in it a model may not do. A model
 * may name a {@link ModelBeans model bean} and call it, read process variables and compute on them, and read
 * variables and plain identifiers of {@code execution} or {@code task}; nothing else: no other bean, no function,
 * no method on anything but a model bean or the variable accessors.
 */
class ModelExpressionCheck {

  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final ModelBeans beans;

  ModelExpressionCheck(ModelBeans beans) {
    this.beans = beans;
  }

  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why the expression is refused, or nothing when a model may use it. */
  Optional<String> refusal(String text) {
    if (!isExpression(text)) {
      return Optional.empty();
    }
    try {
      return refusal(PARSER.build(text).getRoot());
    } catch (TreeBuilderException unreadable) {
      return Optional.of("contient une expression illisible « %s »".formatted(text));
    }
  }

  /** The innermost refusal first: the target of a member before the member, so the message names the culprit. */
  private Optional<String> refusal(Node node) {
    if (node instanceof AstFunction function) {
      return Optional.of("appelle la fonction '%s' (interdit)".formatted(function.getName()));
    }
    if (node instanceof AstIdentifier identifier && beans.isHidden(identifier.getName())) {
      return Optional.of("utilise le bean '%s' (seuls les beans du projet sont permis)"
          .formatted(identifier.getName()));
    }
    if (node instanceof AstMethod method) {
      AstProperty called = (AstProperty) method.getChild(0);
      return firstRefusal(called.getChild(0))
          .or(() -> memberRefusal(called, true))
          .or(() -> firstRefusal(method.getChild(1)));
    }
    Optional<String> refused = Optional.empty();
    for (int i = 0; i < node.getCardinality() && refused.isEmpty(); i++) {
      refused = refusal(node.getChild(i));
    }
    if (refused.isEmpty() && node instanceof AstProperty property) {
      refused = memberRefusal(property, false);
    }
    return refused;
  }

  private Optional<String> firstRefusal(Node node) {
    return node == null ? Optional.empty() : refusal(node);
  }

  /** A read ({@code a.b}, {@code a['b']}) or a call ({@code a.b(...)}) of member b on a. */
  private Optional<String> memberRefusal(AstProperty property, boolean call) {
    Node target = property.getChild(0);
    while (target instanceof AstNested nested) {
      target = nested.getChild(0);
    }
    if (target instanceof AstChoice) {
      // (c ? execution : x).member would hide execution from the rules below
      return Optional.of("accède à un membre d'une expression conditionnelle (interdit)");
    }
    String member = memberName(property);
    String root = target instanceof AstIdentifier identifier ? identifier.getName() : null;
    if (member == null) {
      // a computed member: only an index or a key into a variable
      boolean onEngineOrBean = root != null && (ModelMembers.ENGINE_OBJECTS.contains(root) || beans.isExposed(root));
      return onEngineOrBean || call ? Optional.of("accède à un membre calculé (interdit)") : Optional.empty();
    }
    if (ModelMembers.NEVER.contains(member)) {
      return Optional.of("utilise '%s' (interdit)".formatted(member));
    }
    if (root != null && ModelMembers.ENGINE_OBJECTS.contains(root)) {
      return ModelMembers.onScope(member, call) ? Optional.empty()
          : Optional.of("utilise '%s' sur %s (seules ses variables sont permises)".formatted(member, root));
    }
    if (root != null && beans.isExposed(root)) {
      return ModelMembers.onProjectBean(member) ? Optional.empty()
          : Optional.of("modifie le bean '%s' (interdit)".formatted(root));
    }
    return call ? Optional.of("appelle la méthode '%s' (seuls les beans du projet et execution.getVariable "
        .formatted(member) + "sont permis)") : Optional.empty();
  }

  private static String memberName(AstProperty property) {
    if (property instanceof AstDot) {
      String printed = property.toString();
      return printed.startsWith(". ") ? printed.substring(2) : printed;
    }
    if (property instanceof AstBracket && property.getChild(1) instanceof AstString literal) {
      return String.valueOf(literal.eval(null, null));
    }
    return null;
  }
}
