package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Resolves the flow's delegates ({@code ${welcomeDelegate}}) before the conversation's variables.
 * Camunda asks the variables first, and asking loads every variable of the instance (26 rows mapped
 * by reflection, one query): a step that reads none, such as the "appease visitor" timer's, spent a
 * fifth of its engine time there (docs/benchmarks.md, "What a timer's step costs"). A variable
 * named like a delegate is therefore not seen by expressions: processes/README.md reserves the
 * names.
 */
@Component
class DelegatesBeforeVariables extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  DelegatesBeforeVariables(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(
        new SpringExpressionManager(context, configuration.getBeans()) {
          @Override
          protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new DelegateResolver(context));
            resolver.add(super.createElResolver());
            return resolver;
          }
        });
  }

  /** The Spring beans that are flow delegates; anything else goes on to Camunda's resolvers. */
  private static final class DelegateResolver extends ApplicationContextElResolver {

    DelegateResolver(ApplicationContext context) {
      super(context);
    }

    @Override
    public Object getValue(ELContext elContext, Object base, Object property) {
      if (base == null
          && property instanceof String name
          && applicationContext.containsBean(name)
          && applicationContext.isTypeMatch(name, JavaDelegate.class)) {
        return super.getValue(elContext, base, property);
      }
      return null;
    }
  }
}
