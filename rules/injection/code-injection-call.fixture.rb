# Fixture for injection.code-injection-call (Ruby).
class ReportsController < ApplicationController
  ALLOWED_SORTS = %w[name created_at].freeze
  REPORT_TYPES = { 'daily' => DailyReport, 'weekly' => WeeklyReport }.freeze

  def calculate
    # ruleid: injection.code-injection-call
    result = eval(params[:expression])
    render json: { result: result }
  end

  def formula(cell)
    # ruleid: injection.code-injection-call
    eval "#{cell.formula} * 1.0"
  end

  def template_locals(source)
    # ruleid: injection.code-injection-call
    binding.eval(source)
  end

  def extend_model(model, field)
    # ruleid: injection.code-injection-call
    model.class_eval("def #{field}_label; '#{field.humanize}'; end")
    # ruleid: injection.code-injection-call
    model.instance_eval(File.read(Rails.root.join('config', 'extensions', "#{field}.rb")))
  end

  def define_readers(klass, names)
    names.each do |name|
      # ruleid: injection.code-injection-call
      klass.module_eval <<~RUBY, __FILE__, __LINE__ + 1
        def #{name}
          @attributes[:#{name}]
        end
      RUBY
    end
  end

  def run_action
    # ruleid: injection.code-injection-call
    result = @report.send(params[:operation])
    # ruleid: injection.code-injection-call
    summary = @report.public_send(params[:summary].to_sym, current_user)
    # ruleid: injection.code-injection-call
    rows = @report.__send__("#{params[:kind]}_rows")
    render json: { result: result, summary: summary, rows: rows }
  end

  def build
    # ruleid: injection.code-injection-call
    klass = params[:type].constantize
    # ruleid: injection.code-injection-call
    exporter = "#{params[:format].camelize}Exporter".safe_constantize
    # ruleid: injection.code-injection-call
    job = Object.const_get(params[:job])
    render json: [klass.name, exporter&.name, job.name]
  end

  def safe_paths
    # ok: injection.code-injection-call
    total = eval('1 + 2')
    # ok: injection.code-injection-call
    @report.class_eval { attr_accessor :cached_total }
    # ok: injection.code-injection-call
    @report.instance_eval(&method(:configure))
    # ok: injection.code-injection-call
    @report.class_eval <<~RUBY, __FILE__, __LINE__ + 1
      def constant_helper; :ok; end
    RUBY
    total
  end

  def sorted
    column = ALLOWED_SORTS.include?(params[:sort]) ? params[:sort] : 'name'
    # ok: injection.code-injection-call
    rows = Report.order(column).map { |r| r.public_send(column) }
    # ok: injection.code-injection-call
    flag = @report.send(:archived?)
    # ok: injection.code-injection-call
    report_class = REPORT_TYPES.fetch(params[:type]).name.constantize
    # ok: injection.code-injection-call
    visible = @report.send(params[:flag] == 'all' ? :all_rows : :visible_rows)
    render json: [rows, flag, report_class, visible]
  end
end
